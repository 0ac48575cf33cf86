import {
  createApexBridge,
  createPlanController,
  type BridgeOptions,
  type PlanControllerBridge
} from './apexBridge/index.ts';
import { DEFAULT_BUNDLE, ensurePreviewBundle } from './build.ts';
import { findDemoLinks, type DemoLinks } from './demoLinks.ts';
import { startPreviewServer, type PreviewServer } from './server.ts';

export interface RunningPreview {
  server: PreviewServer;
  controller: PlanControllerBridge;
  links: DemoLinks;
  /** The page of one opportunity's plan. */
  pageUrl(recordId: string): string;
}

/**
 * The preview against an org: compiles the components and builds the bundle when stale, then
 * serves the page, the index of demo opportunities and the Apex bridge to that org.
 */
export async function servePreview(
  org: BridgeOptions,
  options: {
    port?: number;
    /** A bundle the caller built (ensurePreviewBundle); default: build it here when stale. */
    bundleFile?: string;
    log?: (line: string) => void;
  } = {}
): Promise<RunningPreview> {
  const bundleFile = options.bundleFile ?? (await ensurePreviewBundle(DEFAULT_BUNDLE, options.log));
  // The preview is the buyer room's site too: links and feeds point at it once it listens.
  const site: { url?: string } = {};
  const controller = createPlanController({ ...org, buyerRoomSiteUrl: () => site.url });
  const server = await startPreviewServer({
    bundleFile,
    bridge: createApexBridge(controller),
    links: () => findDemoLinks(controller),
    calendar: (key) => controller.buyerRoom.calendar(key),
    ...(options.port === undefined ? {} : { port: options.port })
  });
  site.url = server.url;
  const links = await findDemoLinks(controller);
  return {
    server,
    controller,
    links,
    pageUrl: (recordId) => `${server.url}/?recordId=${encodeURIComponent(recordId)}`
  };
}
