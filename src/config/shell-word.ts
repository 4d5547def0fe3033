// Text for a bash command line that dnntune prints for the user to copy (the flags init asks for).

/** A word for bash: as it is when nothing in it is special, else single-quoted. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
