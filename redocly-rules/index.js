// The Redocly plugin holding this repository's own rules. One rule per file, named by
// its id; Redocly prefixes each id with the plugin id, so they are configured as
// `contracts/<rule id>`: the lint rules in redocly.yaml, the diff rules in redocly-diff.yaml.
import componentNameNotGlobal from './component-name-not-global.js';
import propertyDescription from './property-description.js';
import responseEnumValuesRemoved from './response-enum-values-removed.js';
import xDesignedForm from './x-designed-form.js';

export default function contractsPlugin() {
  return {
    id: 'contracts',
    rules: {
      oas3: {
        'x-designed-form': xDesignedForm,
        'component-name-not-global': componentNameNotGlobal,
        'property-description': propertyDescription,
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
