/**
 * What a segment shows when a page is missing or failed: the problem in the app's words, and the way back
 * (a retry when trying again may help, a link home always). The way home is a plain link, a full page load:
 * after a failure that is the sturdier way back, and error boundaries load with their segment's page, so
 * next/link here would be in the first load of every page that has one.
 */
export function ProblemPage({
  title,
  children,
  home,
  retry,
}: {
  title: string;
  children: React.ReactNode;
  home: { href: string; label: string };
  /** Where trying again may help: the button's words and React's reset. */
  retry?: { label: string; onRetry: () => void };
}) {
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-10">
      <h1 className="text-2xl font-bold">{title}</h1>
      <div role={retry ? "alert" : undefined} className="text-ink-soft text-lg">
        {children}
      </div>
      <div className="flex flex-wrap gap-3">
        {retry && (
          <button
            type="button"
            onClick={retry.onRetry}
            className="bg-brand hover:bg-brand-dark min-h-12 rounded-lg px-5 text-lg font-semibold text-white"
          >
            {retry.label}
          </button>
        )}
        <a
          href={home.href}
          className="border-line-strong text-ink flex min-h-12 items-center rounded-lg border px-5 text-lg font-semibold"
        >
          {home.label}
        </a>
      </div>
    </main>
  );
}
