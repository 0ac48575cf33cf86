// The schema our metadata defines (objects and fields under each package directory's objects/),
// merged with the declared standard schema, and resolution of field paths against it.
import fs from 'node:fs';
import path from 'node:path';
import {
  COMMON_STANDARD_FIELDS,
  COMMON_STANDARD_LOOKUPS,
  CUSTOM_METADATA_FIELDS,
  STANDARD_CHILD_RELATIONSHIPS,
  STANDARD_OBJECTS
} from './standardSchema.ts';
import { childText, parseXmlTree, type XmlElement } from './xmlTree.ts';

export interface FieldInfo {
  object: string;
  name: string;
  type?: string;
  referenceTo?: string;
  /** Name used in paths from this object: `Rel__r` for a custom lookup, `Account` for AccountId. */
  relationshipName?: string;
  /** For custom lookups: the child relationship name on the target (`Plan_Steps__r`). */
  childRelationshipName?: string;
  required: boolean;
  /** Custom field file, when defined in our metadata. */
  file?: string;
  element?: XmlElement;
  isFormula: boolean;
}

export interface ObjectInfo {
  name: string;
  fields: Map<string, FieldInfo>;
  /** Child relationship name (lower case) → child object. */
  childRelationships: Map<string, string>;
  /** Object definition file, when defined in our metadata. */
  file?: string;
  inOurMetadata: boolean;
}

const key = (name: string): string => name.toLowerCase();

/** The objects a custom activity field (objects/Activity/fields) belongs to. */
const ACTIVITY_OBJECTS = ['Task', 'Event'];

export class SchemaModel {
  readonly objects = new Map<string, ObjectInfo>();

  object(name: string): ObjectInfo | undefined {
    return this.objects.get(key(name));
  }

  private ensureObject(name: string): ObjectInfo {
    let info = this.objects.get(key(name));
    if (!info) {
      info = { name, fields: new Map(), childRelationships: new Map(), inOurMetadata: false };
      for (const field of name.endsWith('__mdt') ? CUSTOM_METADATA_FIELDS : COMMON_STANDARD_FIELDS) {
        info.fields.set(key(field), { object: name, name: field, required: false, isFormula: false });
      }
      if (!name.endsWith('__mdt')) {
        for (const [field, spec] of Object.entries(COMMON_STANDARD_LOOKUPS)) {
          info.fields.set(key(field), {
            object: name,
            name: field,
            required: false,
            isFormula: false,
            ...spec
          });
        }
      }
      this.objects.set(key(name), info);
    }
    return info;
  }

  addField(field: FieldInfo): void {
    this.ensureObject(field.object).fields.set(key(field.name), field);
  }

  /** Reads one object folder's definition and fields into the model, as `objectName`. */
  private loadObject(objectDir: string, objectName: string): void {
    const info = this.ensureObject(objectName);
    const objectFile = path.join(objectDir, `${objectName}.object-meta.xml`);
    if (fs.existsSync(objectFile)) {
      info.file = objectFile;
      info.inOurMetadata = true;
    }
    const fieldsDir = path.join(objectDir, 'fields');
    for (const fieldFile of fs.existsSync(fieldsDir) ? fs.readdirSync(fieldsDir) : []) {
      if (!fieldFile.endsWith('.field-meta.xml')) continue;
      const file = path.join(fieldsDir, fieldFile);
      const name = fieldFile.replace(/\.field-meta\.xml$/, '');
      let element: XmlElement | undefined;
      try {
        element = parseXmlTree(fs.readFileSync(file, 'utf8'));
      } catch {
        element = undefined; // reported by the well-formedness check
      }
      const field: FieldInfo = {
        object: objectName,
        name,
        required: element ? childText(element, 'required') === 'true' : false,
        file,
        isFormula: element ? childText(element, 'formula') !== undefined : false
      };
      if (element) {
        field.element = element;
        const type = childText(element, 'type');
        const referenceTo = childText(element, 'referenceTo');
        const relationshipName = childText(element, 'relationshipName');
        if (type !== undefined) field.type = type;
        if (referenceTo !== undefined) field.referenceTo = referenceTo;
        if (referenceTo !== undefined) field.relationshipName = name.replace(/__c$/i, '__r');
        if (relationshipName !== undefined) field.childRelationshipName = `${relationshipName}__r`;
      }
      this.addField(field);
    }
  }

  static load(objectDirs: readonly string[]): SchemaModel {
    const model = new SchemaModel();
    for (const [name, spec] of Object.entries(STANDARD_OBJECTS)) {
      model.ensureObject(name);
      for (const [field, info] of Object.entries(spec.fields)) {
        model.addField({ object: name, name: field, required: false, isFormula: false, ...info });
      }
    }
    for (const dir of objectDirs) {
      for (const objectName of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
        const objectDir = path.join(dir, objectName);
        if (!fs.statSync(objectDir).isDirectory()) continue;
        // Custom activity fields (objects/Activity) are Task's and Event's: their field permissions name those.
        const owners = objectName === 'Activity' ? ACTIVITY_OBJECTS : [objectName];
        for (const owner of owners) model.loadObject(objectDir, owner);
      }
    }
    // Child relationships: each lookup / master-detail names one on its target.
    for (const info of model.objects.values()) {
      for (const field of info.fields.values()) {
        if (field.referenceTo && field.childRelationshipName) {
          model
            .ensureObject(field.referenceTo)
            .childRelationships.set(key(field.childRelationshipName), info.name);
        }
      }
    }
    for (const [parent, relationships] of Object.entries(STANDARD_CHILD_RELATIONSHIPS)) {
      for (const [relationship, child] of Object.entries(relationships)) {
        model.ensureObject(parent).childRelationships.set(key(relationship), child);
      }
    }
    return model;
  }

  /** All field and object API names, lower case (for loose token checks in code). */
  knownNames(): Set<string> {
    const names = new Set<string>();
    for (const info of this.objects.values()) {
      names.add(key(info.name));
      for (const field of info.fields.values()) {
        names.add(key(field.name));
        if (field.relationshipName) names.add(key(field.relationshipName));
      }
      for (const relationship of info.childRelationships.keys()) names.add(relationship);
    }
    return names;
  }

  /**
   * Resolves `Rel__r.Other__r.Field__c` (or a standard `Account.Name`) from `objectName`.
   * Returns undefined when it resolves, else what is wrong.
   */
  resolvePath(objectName: string, fieldPath: string): string | undefined {
    let current = this.object(objectName);
    if (!current)
      return `object ${objectName} is not defined in our metadata or in the declared standard schema`;
    const parts = fieldPath.split('.');
    for (const [index, part] of parts.entries()) {
      const last = index === parts.length - 1;
      if (last) {
        if (!current.fields.has(key(part))) return `field ${current.name}.${part} does not exist`;
        return undefined;
      }
      const lookup = [...current.fields.values()].find(
        (field) => field.relationshipName !== undefined && key(field.relationshipName) === key(part)
      );
      if (!lookup?.referenceTo) return `relationship ${current.name}.${part} does not exist`;
      const next = this.object(lookup.referenceTo);
      if (!next)
        return `object ${lookup.referenceTo} (target of ${current.name}.${lookup.name}) is not defined`;
      current = next;
    }
    return undefined;
  }

  /** The object a child relationship name on `parent` leads to. */
  childObject(parent: string, relationship: string): string | undefined {
    return this.object(parent)?.childRelationships.get(key(relationship));
  }
}
