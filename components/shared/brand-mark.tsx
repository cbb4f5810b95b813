/** The brand's logo (when it has one) and name, as the wallet, sign-in and console headers show them. */
export function BrandMark({ name, logo }: { name: string; logo: string | undefined }) {
  return (
    <p className="text-ink-soft flex items-center gap-2 text-base font-semibold">
      {logo && (
        // A brand's own file or address, any size: a plain img (next/image would need its host configured).
        // eslint-disable-next-line @next/next/no-img-element
        <img src={logo} alt="" className="h-8 w-auto max-w-32 object-contain" />
      )}
      {name}
    </p>
  );
}
