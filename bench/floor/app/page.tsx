// The floor: a bare Next.js page of the app's Next.js version, the benchmark's baseline for weight and speed.
export default function Page() {
  return (
    <main>
      <h1>Hello from a bare Next.js page</h1>
    </main>
  );
}
