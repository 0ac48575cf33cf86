import type { Store } from './store.ts';

/** Adds an active standard user (a rep, an integration user) and returns its Id. */
export function addUser(
  store: Store,
  user: { firstName: string; lastName: string; username: string }
): string {
  const [id] = store.insertRaw('User', [
    {
      FirstName: user.firstName,
      LastName: user.lastName,
      Name: `${user.firstName} ${user.lastName}`,
      Username: user.username,
      Email: user.username,
      Alias: `${user.firstName.slice(0, 1)}${user.lastName.slice(0, 4)}`.toLowerCase(),
      IsActive: 1,
      UserType: 'Standard',
      TimeZoneSidKey: 'GMT',
      LanguageLocaleKey: 'en_US',
      LocaleSidKey: 'en_US'
    }
  ]);
  return id;
}
