// No widget on this page: arriving here from /feed or /messages destroys it.
export default function Home() {
  return <h1>Accueil</h1>;
}
