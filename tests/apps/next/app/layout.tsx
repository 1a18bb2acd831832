import Link from "next/link";
import type { ReactNode } from "react";

export const metadata = { title: "bouton-3018 in a Next.js app", icons: "data:," };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <nav aria-label="Rubriques">
          <Link href="/">Accueil</Link> <Link href="/feed">Fil</Link> <Link href="/messages">Messages</Link> <Link href="/element">Élément</Link>
        </nav>
        <main>{children}</main>
      </body>
    </html>
  );
}
