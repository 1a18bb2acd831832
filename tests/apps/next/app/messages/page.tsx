// A second page with its own widget (another preset), rendered on the server at each request
// (`force-dynamic`): a client-side navigation from /feed destroys one widget and mounts the other.
import { Bouton3018 } from "../Bouton3018";
import { ReportButton } from "../ReportButton";

export const dynamic = "force-dynamic";

export default function Messages() {
  return (
    <article>
      <h1>Messages</h1>
      <Bouton3018 platform="messenger" />
      <ReportButton />
    </article>
  );
}
