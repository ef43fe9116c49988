import { openApiDocument } from "@/lib/api/openapi";
import { apiJson, publicApiRoute } from "@/lib/http/api";

export const GET = publicApiRoute(function GET() {
  return apiJson(openApiDocument, { maxAge: 300 });
});
