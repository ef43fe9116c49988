import { PageSkeleton } from "@/components/ui/skeleton";

// Only on pages that never answer 404/403/redirect from inside the page: a loading boundary
// streams the page, so its status is sent before the page could change it.
export default function Loading() {
  return <PageSkeleton />;
}
