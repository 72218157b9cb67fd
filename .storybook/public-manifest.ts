/*
 * The custom-elements manifest as a host sees an element: its private and protected members (the
 * analyzer lists them, marked) and static fields are left out of the docs pages' tables.
 */
interface Member {
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  members?: Member[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export function publicManifest<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static),
      })),
    })),
  };
}
