import { todayIn, type IsoDate } from '../../planEngine.ts';
import { DEFAULT_API_VERSION, OrgClient } from '../../salesforce/orgClient.ts';

export interface BridgeOptions {
  instanceUrl: string;
  accessToken: string;
  apiVersion?: string;
  /** The org's clock (the local org's may be frozen); default: the machine's. */
  now?: () => Date;
  /**
   * The buyer room's site URL, in place of Buyer_Room_Setting__mdt's: the local preview serves the
   * buyer page and the calendar feed itself, so it is the site the links point at.
   */
  buyerRoomSiteUrl?: () => string | undefined;
}

interface UserInfo {
  zoneinfo?: string;
  user_id?: string;
  name?: string;
}

interface ObjectSummary {
  name: string;
  keyPrefix: string | null;
  updateable?: boolean;
}

/**
 * One running user's connection to the org, and what the bridge looks up once per user: their
 * time zone (for today's date), the plan object's Id prefix, and whether plan steps are editable.
 */
export class BridgeSession {
  readonly client: OrgClient;
  private readonly now: () => Date;
  private readonly siteUrl: (() => string | undefined) | undefined;
  private info: Promise<UserInfo> | undefined;
  private objects: Promise<ObjectSummary[]> | undefined;
  /** The last piece of work queued per key (exclusive). */
  private readonly queues = new Map<string, Promise<unknown>>();

  /**
   * Runs `work` after every earlier work of the same key has settled: the bridge's stand-in for the
   * `FOR UPDATE` lock Apex takes on the opportunity, so two saves of one opportunity's plans run one
   * after the other and the second compares versions against what the first wrote. It holds within
   * this process (the preview server); the org's versions are still checked by every save.
   */
  async exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.queues.get(key) ?? Promise.resolve();
    const mine = before.then(work, work);
    const settled = mine.then(
      () => undefined,
      () => undefined
    );
    this.queues.set(key, settled);
    try {
      return await mine;
    } finally {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    }
  }

  constructor(options: BridgeOptions) {
    this.client = new OrgClient({
      instanceUrl: options.instanceUrl.replace(/\/$/, ''),
      accessToken: options.accessToken,
      apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
      label: 'preview'
    });
    this.now = options.now ?? (() => new Date());
    this.siteUrl = options.buyerRoomSiteUrl;
  }

  /** BridgeOptions.buyerRoomSiteUrl, when given and known. */
  get buyerRoomSiteUrl(): string | undefined {
    return this.siteUrl?.();
  }

  /** The org's current time (System.now()). */
  currentTime(): Date {
    return this.now();
  }

  /** Today in the running user's time zone (Date.today() in Apex). */
  async today(): Promise<IsoDate> {
    const zone = (await this.userInfo()).zoneinfo ?? 'UTC';
    try {
      return todayIn(zone, this.now());
    } catch {
      return todayIn('UTC', this.now());
    }
  }

  private userInfo(): Promise<UserInfo> {
    this.info ??= this.client.requestJson<UserInfo>('GET', '/services/oauth2/userinfo');
    return this.info;
  }

  /** The running user's Id and name (UserInfo.getUserId(), UserInfo.getName()). */
  async user(): Promise<{ id: string; name: string }> {
    const info = await this.userInfo();
    return { id: info.user_id ?? '', name: info.name ?? '' };
  }

  private async describeGlobal(): Promise<ObjectSummary[]> {
    this.objects ??= this.client
      .requestJson<{ sobjects: ObjectSummary[] }>('GET', '/sobjects')
      .then((body) => body.sobjects);
    return this.objects;
  }

  /** The key prefix of an object (Ids of a custom object start with an org-specific one). */
  async keyPrefix(objectName: string): Promise<string | null> {
    const objects = await this.describeGlobal();
    return objects.find((o) => o.name === objectName)?.keyPrefix ?? null;
  }

  /** Whether the user may update plan steps at all (Schema.SObjectType.Plan_Step__c.isUpdateable()). */
  async canEditPlans(): Promise<boolean> {
    const objects = await this.describeGlobal();
    return objects.find((o) => o.name === 'Plan_Step__c')?.updateable ?? false;
  }
}
