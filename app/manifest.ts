import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Coupon Wallet",
    short_name: "Coupons",
    description: "Every coupon you hold, ready to show at the till, even offline.",
    start_url: "/wallet",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#0b5fff",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
