// A Data Package checked as Frictionless's JavaScript library (npm datapackage) checks it: the
// descriptor against the profile it names (a JSON Schema shipped in that package), then every
// tabular resource read from disk, its header against its Table Schema's field names and each
// value cast to its field's type and held to its constraints.
import { Package, Profile } from 'datapackage';

export interface PackageCheck {
  /** Errors of the descriptor against its profile. */
  profileErrors: string[];
  /** Per resource: the header as read, the schema's field names, the rows read, or the first error. */
  resources: { name: string; headers: string[]; fields: string[]; rows: number; error?: string }[];
}

export async function checkDataPackage(descriptorPath: string): Promise<PackageCheck> {
  const dataPackage = await Package.load(descriptorPath);
  const profile = await Profile.load(String(dataPackage.descriptor['profile']));
  const { errors } = profile.validate(dataPackage.descriptor);
  const resources = [];
  for (const resource of dataPackage.resources) {
    const fields = resource.descriptor.schema?.fields.map((field) => field.name) ?? [];
    try {
      const rows = await resource.read({ cast: true });
      resources.push({ name: resource.name, headers: resource.headers, fields, rows: rows.length });
    } catch (error) {
      const detail = (error as { errors?: Error[] }).errors?.map((each) => each.message).join('; ');
      resources.push({
        name: resource.name,
        headers: resource.headers,
        fields,
        rows: 0,
        error: `${(error as Error).message}${detail ? `: ${detail}` : ''}`,
      });
    }
  }
  return { profileErrors: [...errors, ...dataPackage.errors].map((error) => error.message), resources };
}
