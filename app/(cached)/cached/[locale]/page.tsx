import HomePage from "@/app/(site)/(public)/page";
import { cachedVariant } from "@/lib/cache/public-render";

/** The home page's live figures change with every registration, which purges nothing: a shorter window than the layout's (HOME_RENDER_SECONDS). */
export const revalidate = 50;

export default cachedVariant(HomePage);
