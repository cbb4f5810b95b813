import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Where each rule applies. Tests, scripts, benchmarks, the emulator and config files are tools, not the app.
const APP = [
  "app/**/*.{ts,tsx}",
  "components/**/*.{ts,tsx}",
  "lib/**/*.{ts,tsx}",
  "proxy.ts",
  "instrumentation.ts",
];
const TESTS = ["**/*.test.ts", "**/*.test.tsx", "**/test-support.ts", "**/test-coupon.ts"];
// Code the browser may run: it must never reach Capillary or server-only modules (types are fine: they
// vanish at build time).
const BROWSER = ["components/**/*.{ts,tsx}", "lib/client/**/*.{ts,tsx}", "lib/shared/**/*.{ts,tsx}"];

const emulator = {
  group: ["**/emulator/*", "@/emulator/*"],
  message: "App code never imports the emulator.",
};
const capillaryDeep = {
  group: ["@/lib/capillary/*"],
  message: "Import the Capillary client through its index, @/lib/capillary.",
};
const serverOnly = {
  group: ["@/lib/capillary", "@/lib/server/*", "@/lib/server"],
  message: "Browser-side code must not import server-only modules; go through an API route.",
  allowTypeImports: true,
};
const restrictedImports = (...patterns) => ({
  "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
});

const boundaries = [
  { files: APP, ignores: [...TESTS, "lib/capillary/**"], rules: restrictedImports(emulator, capillaryDeep) },
  { files: BROWSER, ignores: TESTS, rules: restrictedImports(emulator, capillaryDeep, serverOnly) },
  {
    files: ["components/staff/**/*.{ts,tsx}"],
    rules: restrictedImports(serverOnly, capillaryDeep, {
      group: ["@/components/wallet/*", "../wallet/*"],
      message: "The staff console and the wallet share pieces through components/shared only.",
    }),
  },
  {
    files: ["components/wallet/**/*.{ts,tsx}"],
    rules: restrictedImports(serverOnly, capillaryDeep, {
      group: ["@/components/staff/*", "../staff/*"],
      message: "The wallet and the staff console share pieces through components/shared only.",
    }),
  },
];

// Configuration is read once, validated, in lib/server/env. NODE_ENV and NEXT_RUNTIME are the framework's
// own, inlined at build time.
const noProcessEnv = {
  selector:
    ':not(MemberExpression[property.name=/^(NODE_ENV|NEXT_RUNTIME)$/]) > MemberExpression[object.name="process"][property.name="env"]',
  message: "Read configuration through getEnv() from @/lib/server/env, never process.env.",
};
const onlyEnvModuleReadsEnv = {
  files: APP,
  ignores: [...TESTS, "lib/server/env/**"],
  rules: { "no-restricted-syntax": ["error", noProcessEnv] },
};

// Every word a person reads comes from messages/<language>.json (docs/i18n.md): a letter in JSX text, or in
// a string literal given as text or as an aria-label/title/placeholder/alt, is English someone forgot.
const WORDS = "/[A-Za-z]/";
const READ_ALOUD = "/^(aria-label|aria-description|title|placeholder|alt)$/";
const hardCodedText = [
  `JSXText[value=${WORDS}]`,
  `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > Literal[value=${WORDS}]`,
  `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
  `JSXAttribute[name.name=${READ_ALOUD}] > Literal[value=${WORDS}]`,
  `JSXAttribute[name.name=${READ_ALOUD}] > JSXExpressionContainer > Literal[value=${WORDS}]`,
  `JSXAttribute[name.name=${READ_ALOUD}] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
].map((selector) => ({
  selector,
  message: "User-facing text comes from messages/*.json (t(...)), not code.",
}));
// A client component gets its words from components/shared/words-client (precompiled messages, a small
// formatter): next-intl's own client hook would put its runtime in the browser bundle (docs/i18n.md).
const clientWordsFromWordsClient = {
  selector:
    'Program:has(ExpressionStatement[directive="use client"]) ImportDeclaration[source.value=/^next-intl/] > ImportSpecifier[imported.name=/^use(Translations|Formatter|Locale|Messages|Now|TimeZone)$/]',
  message: 'A "use client" file takes useTranslations from @/components/shared/words-client, not next-intl.',
};
const noHardCodedText = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
  ignores: TESTS,
  rules: { "no-restricted-syntax": ["error", noProcessEnv, clientWordsFromWordsClient, ...hardCodedText] },
};

const typeAware = {
  files: ["**/*.{ts,tsx}"],
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  rules: {
    "@typescript-eslint/no-floating-promises": "error",
    "@typescript-eslint/no-misused-promises": "error",
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  typeAware,
  ...boundaries,
  onlyEnvModuleReadsEnv,
  noHardCodedText,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    ignores: [
      "node_modules/**",
      ".next*/**",
      "out/**",
      "test-results/**",
      "playwright-report/**",
      "bench-results/**",
      "next-env.d.ts",
      "bench/floor/**",
    ],
  },
];

export default config;
