// Quoting for the remote shells: `adb shell` joins its arguments with spaces and the phone's
// /system/bin/sh parses the result again; `ssh` sends one string to the login shell. Every
// argument goes through `shellQuote`, so it reaches the program's argv exactly as given.

/**
 * One argument as a POSIX shell word that the shell turns back into exactly `arg`: wrapped in
 * single quotes, inside which nothing is special, with each `'` written as `'\''`. Words made
 * only of characters no shell treats specially are left bare, so commands stay readable in
 * messages (not `=`: a bare `A=b` as the first word would be an assignment).
 */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_@%+:,./-]+$/.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** A command line for a remote shell: each argument quoted, `cd` into `cwd` first when given. */
export function shellCommand(argv: readonly string[], cwd?: string): string {
  const command = argv.map(shellQuote).join(" ");
  return cwd === undefined ? command : `cd ${shellQuote(cwd)} && ${command}`;
}
