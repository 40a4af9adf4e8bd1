import { Link } from 'wouter';

export default function NotFoundPage() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        Try the <Link href="/">overview</Link> or <Link href="/practices">browse the practices</Link>.
      </p>
    </section>
  );
}
