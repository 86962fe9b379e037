/**
 * The names of the coding profiles a run may ask for with `--profile`: a
 * profile is the ordered list of components a run uses (see src/profiles.ts).
 * `dyad` is dyad's own; `petrarch` codes as PETRARCH does where dyad
 * deliberately differs (the `dyad validate` behaviour).
 */
export const PROFILE_NAMES = ['dyad', 'petrarch'] as const;

/** One of PROFILE_NAMES. */
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** True when `name` is one of PROFILE_NAMES. */
export function isProfileName(name: string): name is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(name);
}
