/**
 * The browser's side of the input: files from a folder picker (`webkitRelativePath`), from a dropped
 * folder (FileSystemEntry walked recursively) or as loose files; .zip files opened in memory. Other
 * files stay File objects (backed by the disk) until a worker reads them.
 */
import { expandZips, type ReviewNote } from '../../lib/review/index.ts';

export interface InputItem {
  path: string;
  file?: File;
  bytes?: Uint8Array;
}

const pathOf = (file: File) => file.webkitRelativePath || file.name;

export async function itemsFromFiles(files: readonly { file: File; path: string }[]): Promise<{ items: InputItem[]; notes: ReviewNote[] }> {
  const items: InputItem[] = [];
  const zips: { path: string; bytes: Uint8Array }[] = [];
  for (const { file, path } of files) {
    if (/\.zip$/i.test(path)) zips.push({ path, bytes: new Uint8Array(await file.arrayBuffer()) });
    else items.push({ path, file });
  }
  // Zips are opened on the main thread: fflate is synchronous and fast; the limits keep it bounded.
  const opened = expandZips(zips);
  return { items: [...items, ...opened.files], notes: opened.notes };
}

export function pickedFiles(list: FileList | null): { file: File; path: string }[] {
  return [...(list ?? [])].map((file) => ({ file, path: pathOf(file) }));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: { file: File; path: string }[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, path: entry.fullPath.replace(/^\//, '') });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns at most 100 entries a call: read until it returns none.
    for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
      for (const child of batch) await walk(child, out);
    }
  }
}

/** A drop may hold folders: walk them so each file keeps its path (school folder / file). */
export async function droppedFiles(data: DataTransfer): Promise<{ file: File; path: string }[]> {
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.every((e) => e === null)) return pickedFiles(data.files);
  const out: { file: File; path: string }[] = [];
  for (const entry of entries) if (entry) await walk(entry, out);
  return out;
}

export function readText(item: InputItem): Promise<string> {
  return item.bytes ? Promise.resolve(new TextDecoder().decode(item.bytes)) : item.file!.text();
}
