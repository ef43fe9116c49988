import { openApiDocument } from "@/lib/api/openapi";
import { apiJson } from "@/lib/http/api";

export function GET() {
  return apiJson(openApiDocument, { maxAge: 300 });
}
