/** The brand's logo (when it has one) and name, as the wallet, sign-in and console headers show them. */
export function BrandMark({
  name,
  logo,
}: {
  name: string;
  /** With the file's pixel size when known, so the logo's box is its width before the image arrives. */
  logo: { src: string; width?: number; height?: number } | undefined;
}) {
  return (
    <p className="text-ink-soft flex items-center gap-2 text-base font-semibold">
      {logo && (
        // A brand's own file or address, any size: a plain img (next/image would need its host configured).
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={logo.src}
          width={logo.width}
          height={logo.height}
          alt=""
          className="h-8 w-auto max-w-32 object-contain"
        />
      )}
      {name}
    </p>
  );
}
