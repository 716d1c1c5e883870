//! The rules of the 3.1 → 3.0 rewrite: (name, the worst severity it reports, what it does).
//! Call sites report a rule by its constant, so only listed rules can be reported.

use crate::diagnostic::{Rule, Severity};

pub const OPENAPI_VERSION: Rule = Rule {
    name: "openapi-version",
    severity: Severity::Note,
    description: "`openapi: 3.1.x` becomes `openapi: 3.0.3`.",
};
pub const JSON_SCHEMA_DIALECT: Rule = Rule {
    name: "json-schema-dialect",
    severity: Severity::Lossy,
    description: "Top-level `jsonSchemaDialect` is removed: a note for the OAS 3.1 dialect, lossy for any other.",
};
pub const INFO_SUMMARY: Rule =
    Rule { name: "info-summary", severity: Severity::Lossy, description: "`info.summary` is removed." };
pub const LICENSE_IDENTIFIER: Rule = Rule {
    name: "license-identifier",
    severity: Severity::Note,
    description: "`info.license.identifier` (SPDX) is removed: no generated code carries the spec's license.",
};
pub const WEBHOOKS: Rule = Rule {
    name: "webhooks",
    severity: Severity::Lossy,
    description: "Top-level `webhooks` are removed, one diagnostic per webhook: clients do not receive them.",
};
pub const PATHS_OPTIONAL: Rule =
    Rule { name: "paths-optional", severity: Severity::Note, description: "A missing `paths` becomes `paths: {}`." };
pub const RESPONSES_OPTIONAL: Rule = Rule {
    name: "responses-optional",
    severity: Severity::Note,
    description: "An operation without `responses` (optional in 3.1) gets `responses: {}`.",
};
pub const MUTUAL_TLS: Rule = Rule {
    name: "mutual-tls",
    severity: Severity::Lossy,
    description: "`mutualTLS` security schemes and their requirements are removed: the client certificate belongs to the HTTP client.",
};
pub const PATH_ITEMS_COMPONENT: Rule = Rule {
    name: "path-items-component",
    severity: Severity::Note,
    description: "A `$ref` to `#/components/pathItems/X` becomes a copy of X (its own fields win); `components.pathItems` is removed.",
};
pub const REF_SIBLINGS: Rule = Rule {
    name: "ref-siblings",
    severity: Severity::Lossy,
    description: "Keywords beside a schema `$ref` become `{allOf: [{$ref}], ...siblings}` (note), unless they are only title/summary/example (dropped, lossy); `summary`/`description` beside other references are dropped (lossy).",
};
pub const REF_TARGET: Rule = Rule {
    name: "ref-target",
    severity: Severity::Note,
    description: "A `$ref` to an `$anchor`/`$dynamicAnchor` name or to a schema `$id` becomes a JSON-pointer `$ref`.",
};
pub const BOOLEAN_SCHEMA: Rule = Rule {
    name: "boolean-schema",
    severity: Severity::Note,
    description: "Schema `true` becomes `{}`; `false` becomes `{not: {}}`.",
};
pub const DEFS: Rule = Rule {
    name: "defs",
    severity: Severity::Note,
    description: "`$defs` entries move to `components.schemas` (suffixed `_2`, `_3`, ... on a name clash); `$ref`s into them follow.",
};
pub const DIALECT_KEYWORD: Rule = Rule {
    name: "dialect-keyword",
    severity: Severity::Lossy,
    description: "`$schema`, `$id`, `$anchor`, `$dynamicAnchor`, `$vocabulary` and `$comment` are removed: a note for identifiers, anchors (their references are resolved first), comments and 3.1's own dialect; lossy for another dialect or a vocabulary, which may read keywords otherwise.",
};
pub const NULLABLE_IN_31: Rule = Rule {
    name: "nullable-in-31",
    severity: Severity::Note,
    description: "`nullable` is not a 3.1 keyword (3.1 ignores it); it is kept, and 3.0 reads it.",
};
pub const TYPE_ARRAY: Rule = Rule {
    name: "type-array",
    severity: Severity::Note,
    description: "`type: [T, \"null\"]` becomes `type: T, nullable: true`; several types become an `anyOf` with one branch per type, carrying that type's keywords and `enum` values.",
};
pub const NULL_TYPE: Rule = Rule {
    name: "null-type",
    severity: Severity::Note,
    description: "`type: \"null\"` becomes `enum: [null], nullable: true`.",
};
pub const NULL_BRANCH: Rule = Rule {
    name: "null-branch",
    severity: Severity::Note,
    description: "A null branch of `anyOf`/`oneOf` is removed and the schema made `nullable`; a lone remaining branch is merged in, or becomes `allOf: [{$ref}]`.",
};
pub const CONST: Rule = Rule {
    name: "const",
    severity: Severity::Note,
    description: "`const: X` becomes `enum: [X]` (and `nullable: true` for null).",
};
pub const EXAMPLES: Rule = Rule {
    name: "examples",
    severity: Severity::Note,
    description: "A schema's `examples` array becomes `example` (its first element); more elements are dropped. A note: no generated code carries examples.",
};
pub const TYPE_BESIDE_BRANCHES: Rule = Rule {
    name: "type-beside-branches",
    severity: Severity::Lossy,
    description: "A `type` array beside `oneOf` is dropped (`null` becomes `nullable`): the branches carry the types. Lossy only when a branch has a type the array did not list.",
};
pub const DYNAMIC_REF: Rule = Rule {
    name: "dynamic-ref",
    severity: Severity::Lossy,
    description: "`$dynamicRef` becomes a `$ref` to where its anchor is declared (static resolution): exact for a pointer, lossy for an anchor, whose overrides in the dynamic scope are not kept.",
};
pub const EXCLUSIVE_BOUNDS: Rule = Rule {
    name: "exclusive-bounds",
    severity: Severity::Note,
    description: "Numeric `exclusiveMinimum`/`exclusiveMaximum: n` become `minimum`/`maximum: n` with the boolean flag, keeping the stricter of two bounds.",
};
pub const EXCLUSIVE_FLAG: Rule = Rule {
    name: "exclusive-flag",
    severity: Severity::Lossy,
    description: "A boolean `exclusiveMinimum`/`exclusiveMaximum` (3.0 syntax, invalid in 3.1) is read as 3.0 meant it: `true` makes the bound beside it exclusive; `false`, or no bound beside it, is dropped.",
};
pub const CONTENT_ENCODING: Rule = Rule {
    name: "content-encoding",
    severity: Severity::Lossy,
    description: "`contentEncoding: base64` becomes `format: byte` (base64url: lossy); `contentMediaType` of a non-text, non-JSON type becomes `format: binary`; other content keywords are dropped (lossy).",
};
pub const ARRAY_ITEMS_BOOL: Rule = Rule {
    name: "array-items-bool",
    severity: Severity::Note,
    description: "`items: true` is removed (it allows any item, as no `items` does); `items: false` becomes `maxItems: <number of prefixItems>`.",
};
pub const PREFIX_ITEMS: Rule = Rule {
    name: "prefix-items",
    severity: Severity::Lossy,
    description: "`prefixItems` is removed; `items` becomes the `anyOf` of the prefix items and the former `items`: positions are lost.",
};
pub const CONDITIONAL: Rule =
    Rule { name: "conditional", severity: Severity::Lossy, description: "`if`, `then` and `else` are removed." };
pub const DEPENDENT: Rule = Rule {
    name: "dependent",
    severity: Severity::Lossy,
    description: "`dependentRequired` and `dependentSchemas` are removed.",
};
pub const PATTERN_PROPERTIES: Rule = Rule {
    name: "pattern-properties",
    severity: Severity::Lossy,
    description: "`patternProperties` is removed; without `additionalProperties`, its schema (or the `anyOf` of them) becomes `additionalProperties`: the key patterns are lost.",
};
pub const PROPERTY_NAMES: Rule =
    Rule { name: "property-names", severity: Severity::Lossy, description: "`propertyNames` is removed." };
pub const UNEVALUATED: Rule = Rule {
    name: "unevaluated",
    severity: Severity::Lossy,
    description: "`unevaluatedProperties` becomes `additionalProperties` when the schema's own `properties` are all it evaluates. Beside applicators that declare other properties, where 3.0 would refuse those, it becomes the `additionalProperties` of each inline `anyOf`/`oneOf` branch (lossy: a value fitting several branches cannot mix their properties), or is removed (lossy). `unevaluatedItems` is removed.",
};
pub const CONTAINS: Rule = Rule {
    name: "contains",
    severity: Severity::Lossy,
    description: "`contains`, `minContains` and `maxContains` are removed.",
};

/// Every rule this stage applies, in the order of the rewrite table.
pub const RULES: &[Rule] = &[
    OPENAPI_VERSION,
    JSON_SCHEMA_DIALECT,
    INFO_SUMMARY,
    LICENSE_IDENTIFIER,
    WEBHOOKS,
    PATHS_OPTIONAL,
    RESPONSES_OPTIONAL,
    MUTUAL_TLS,
    PATH_ITEMS_COMPONENT,
    REF_SIBLINGS,
    REF_TARGET,
    BOOLEAN_SCHEMA,
    DEFS,
    DIALECT_KEYWORD,
    NULLABLE_IN_31,
    TYPE_ARRAY,
    TYPE_BESIDE_BRANCHES,
    NULL_TYPE,
    NULL_BRANCH,
    CONST,
    EXAMPLES,
    DYNAMIC_REF,
    EXCLUSIVE_BOUNDS,
    EXCLUSIVE_FLAG,
    CONTENT_ENCODING,
    ARRAY_ITEMS_BOOL,
    PREFIX_ITEMS,
    CONDITIONAL,
    DEPENDENT,
    PATTERN_PROPERTIES,
    PROPERTY_NAMES,
    UNEVALUATED,
    CONTAINS,
];
