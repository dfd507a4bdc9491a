// The Redocly plugin holding this repository's own rules. One rule per file, named by
// its id; Redocly prefixes each id with the plugin id, so they are configured as
// `contracts/<rule id>`: the lint rules in redocly.yaml, the diff rules in redocly-diff.yaml.
import componentNameNotGlobal from './component-name-not-global.js';
import propertyDescription from './property-description.js';
import responseEnumValuesRemoved from './response-enum-values-removed.js';
import xCountOfForm from './x-count-of-form.js';
import xDesignedForm from './x-designed-form.js';
import xDryRunForm from './x-dry-run-form.js';
import xSameCredentialAsForm from './x-same-credential-as-form.js';
import xOrderForm from './x-order-form.js';
import xUpsertForm from './x-upsert-form.js';

export default function contractsPlugin() {
  return {
    id: 'contracts',
    rules: {
      oas3: {
        'x-designed-form': xDesignedForm,
        'x-upsert-form': xUpsertForm,
        'x-dry-run-form': xDryRunForm,
        'x-count-of-form': xCountOfForm,
        'x-same-credential-as-form': xSameCredentialAsForm,
        'x-order-form': xOrderForm,
        'component-name-not-global': componentNameNotGlobal,
        'property-description': propertyDescription,
      },
    },
    // Stream payloads are schemas the extensions point at. Declaring the extensions as
    // Schema nodes makes the bundle keep `$ref: '#/components/schemas/…'` there instead
    // of inlining a copy, so each payload has one source.
    typeExtension: {
      oas3(types) {
        return {
          ...types,
          MediaType: { ...types.MediaType, properties: { ...types.MediaType.properties, 'x-sse-event': 'Schema' } },
          Response: { ...types.Response, properties: { ...types.Response.properties, 'x-websocket-message': 'Schema' } },
        };
      },
    },
    // The change kinds that `redocly diff` (diff-recommended) rates lower than our consumers feel them.
    diff: {
      oas3: {
        'response-enum-values-removed': responseEnumValuesRemoved,
      },
    },
  };
}
