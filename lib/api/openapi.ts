/** The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. */
const error = {
  description: "A parameter is not valid; each one is named.",
  content: {
    "application/json": {
      schema: {
        type: "object",
        required: ["error"],
        properties: {
          error: { type: "string", example: "invalid_parameters" },
          details: { type: "array", items: { type: "object", properties: { parameter: { type: "string" }, message: { type: "string" } } } },
        },
      },
    },
  },
};

const code = (description: string, example: string) => ({ in: "query", schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,49}$" }, description, example });
const positionCard = {
  type: "object",
  properties: {
    id: { type: "integer" },
    title: { type: "string" },
    employerId: { type: "integer" },
    employerName: { type: "string" },
    boardCode: { type: "string" },
    locationZh: { type: "string" },
    locationEn: { type: "string" },
    industryZh: { type: "string" },
    industryEn: { type: "string" },
    talentLevel: { type: "string", enum: ["top", "high", "young", "graduate"] },
    educationFloor: { type: "string", enum: ["none", "associate", "bachelor", "master", "doctor"] },
    salaryMin: { type: ["integer", "null"], description: "Yuan per month; null with salaryMax null means negotiable" },
    salaryMax: { type: ["integer", "null"] },
    headcount: { type: "integer" },
    overseasFriendly: { type: "boolean" },
    policyTags: {
      type: "array",
      description: "Talent policies (人才政策) the position offers",
      items: { type: "object", properties: { code: { type: "string" }, nameZh: { type: "string" }, nameEn: { type: "string" } } },
    },
    publishedAt: { type: "string", format: "date-time" },
    expiresAt: { type: ["string", "null"], format: "date-time", description: "When it leaves the list: its own expiry or its announcement's deadline, whichever is sooner" },
  },
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "智汇群岛 Zhihui Qundao public API",
    version: "1.0.0",
    description: "Public positions, announcements and figures of the talent-recruitment campaign. No personal data.",
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/v1/positions": {
      get: {
        summary: "Search public positions",
        description: "Chinese (1–4+ characters) and English words; every parameter is optional. Totals stop counting at 1,000 (total.capped).",
        parameters: [
          { name: "q", in: "query", schema: { type: "string", maxLength: 100 }, example: "海洋" },
          { name: "board", ...code("Board code", "haichuang") },
          { name: "platform", ...code("Platform code (first board only)", "marine-science-city") },
          { name: "location", ...code("District, zone or talent enclave", "dinghai") },
          { name: "industry", ...code("Industry code", "petrochemical") },
          { name: "policy", ...code("Talent-policy tag code", "housing-subsidy") },
          { name: "education", in: "query", schema: { type: "string", enum: ["none", "associate", "bachelor", "master", "doctor"] } },
          { name: "level", in: "query", schema: { type: "string", enum: ["top", "high", "young", "graduate"] } },
          { name: "kind", in: "query", schema: { type: "string", enum: ["enterprise", "state_owned", "public_institution", "university", "research_institute", "medical"] } },
          { name: "salary", in: "query", schema: { type: "integer", minimum: 0, maximum: 1000000 }, description: "Monthly salary the position reaches at least" },
          { name: "overseas", in: "query", schema: { type: "string", enum: ["1"] }, description: "Only positions open to overseas talents" },
          { name: "sort", in: "query", schema: { type: "string", enum: ["relevance", "newest", "salary"] } },
          { name: "cursor", in: "query", schema: { type: "string" }, description: "nextCursor of the previous page of the same search; a cursor that does not continue the search's sort answers 400" },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 50, default: 20 } },
          { name: "facets", in: "query", schema: { type: "string", enum: ["0", "1"] }, description: "facets=0 leaves the counts out of a first page" },
        ],
        responses: {
          "200": {
            description: "A page of positions",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    items: { type: "array", items: positionCard },
                    nextCursor: { type: ["string", "null"] },
                    total: { type: "object", properties: { value: { type: "integer" }, capped: { type: "boolean" } } },
                    facets: { type: ["object", "null"], description: "Counts per filter value, without that filter's own choice" },
                  },
                },
              },
            },
          },
          "400": error,
        },
      },
    },
    "/api/v1/positions/{id}": {
      get: {
        summary: "One public position",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        responses: {
          "200": { description: "The position, with its description (Markdown), skills, category, major and experience", content: { "application/json": { schema: positionCard } } },
          "400": error,
          "404": { description: "No such public position (it may be a draft, expired or closed)" },
        },
      },
    },
    "/api/v1/announcements": {
      get: {
        summary: "Published announcements, pinned first",
        parameters: [
          { name: "category", ...code("Announcement category code", "high-level-talent") },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 1 } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 50, default: 20 } },
        ],
        responses: { "200": { description: "A page of announcements with each category's count" }, "400": error },
      },
    },
    "/api/v1/stats": {
      get: {
        summary: "A campaign's public figures",
        description:
          "The home page's figures — employers and positions online, headcount, announcement categories, talents online (domestic and overseas), intents reached — and positions per board. Aggregate counts only, no personal data; cached for 60 seconds.",
        parameters: [{ name: "campaign", in: "query", schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,79}$" }, description: "Campaign slug; the featured campaign by default" }],
        responses: {
          "200": {
            description: "The figures",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    campaign: { type: "object", properties: { slug: { type: "string" }, nameZh: { type: "string" }, nameEn: { type: "string" }, startsAt: { type: "string", format: "date-time" }, endsAt: { type: "string", format: "date-time" } } },
                    figures: {
                      type: "object",
                      properties: Object.fromEntries(
                        ["employers", "positions", "headcount", "announcementCategories", "announcements", "talents", "domesticTalents", "overseasTalents", "reachedIntents", "reachedProjectIntents"].map((k) => [k, { type: "integer", minimum: 0 }]),
                      ),
                    },
                    boards: { type: "array", items: { type: "object", properties: { code: { type: "string" }, nameZh: { type: "string" }, nameEn: { type: "string" }, positions: { type: "integer" }, headcount: { type: "integer" } } } },
                    generatedAt: { type: "string", format: "date-time" },
                  },
                },
              },
            },
          },
          "400": error,
          "404": { description: "No such campaign" },
        },
      },
    },
    "/api/v1/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } } },
  },
} as const;
