// The data package as a reader downloads it from a built site: datapackage.json and every CSV it
// describes, saved side by side. The site serves each CSV with one byte order mark, for
// spreadsheet programs; it is saved without it, as frictionless-py reads it (utf-8-sig), since
// datapackage-js would read it into the first header.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';

export interface ServedDataPackage {
  descriptor: { id: string; resources: { name: string; path: string }[] };
  /** Where datapackage.json was saved, the CSV files beside it. */
  descriptorPath: string;
  /** The first four bytes of each CSV as served, by path. */
  firstBytes: Record<string, number[]>;
}

export async function saveServedDataPackage(siteUrl: string): Promise<ServedDataPackage> {
  const descriptor = (await (
    await fetch(new URL('data/datapackage.json', siteUrl))
  ).json()) as ServedDataPackage['descriptor'];
  const folder = mkdtempSync(join(tmpdir(), 'served-datapackage-'));
  writeFileSync(join(folder, 'datapackage.json'), JSON.stringify(descriptor));
  const firstBytes: Record<string, number[]> = {};
  for (const resource of descriptor.resources) {
    const bytes = Buffer.from(await (await fetch(new URL(`data/${resource.path}`, siteUrl))).arrayBuffer());
    firstBytes[resource.path] = [...bytes.subarray(0, 4)];
    writeFileSync(join(folder, resource.path), bytes[0] === 0xef ? bytes.subarray(3) : bytes);
  }
  return { descriptor, descriptorPath: join(folder, 'datapackage.json'), firstBytes };
}

/** One CSV of a saved package, each row keyed by its header, values as written (not cast). */
export async function csvRows(descriptorPath: string, name: string): Promise<Record<string, string>[]> {
  const dataPackage = await Package.load(descriptorPath);
  const resource = dataPackage.resources.find((each) => each.name === name);
  if (!resource) throw new Error(`${descriptorPath} has no resource ${name}`);
  return (await resource.read({ keyed: true, cast: false })) as Record<string, string>[];
}
