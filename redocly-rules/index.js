// The Redocly plugin holding this repository's own diff rules: the change kinds that
// `redocly diff` (diff-recommended) rates lower than our consumers feel them.
// One rule per file, named by its id; Redocly prefixes each id with the plugin id, so
// they are configured in redocly-diff.yaml as `contracts/<rule id>`.
import responseEnumValuesRemoved from './response-enum-values-removed.js';

export default function contractsPlugin() {
  return {
    id: 'contracts',
    diff: {
      oas3: {
        'response-enum-values-removed': responseEnumValuesRemoved,
      },
    },
  };
}
