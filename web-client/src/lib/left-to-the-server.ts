/**
 * A choice the server requires that the form may still hold empty. It is sent as it is (null), so that the server
 * answers with the field error the form shows next to the field; the generated types rightly do not allow null there.
 */
export const leftToTheServer = <T>(choice: T | null | undefined): T => (choice ?? null) as T;
