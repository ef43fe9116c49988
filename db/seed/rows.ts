/**
 * Rows as the seed inserts them: snake_case keys equal to the column names, so that a batch
 * goes to the database column by column (insert.ts). Timestamps are ISO strings; ids are
 * explicit.
 */

type Ts = string;

export interface UserRow {
  id: string;
  email: string;
  password_hash: string | null;
  name: string;
  role: "talent" | "employer" | "operator";
  locale: "zh" | "en";
  time_zone: string | null;
  consent_at: Ts | null;
  created_at: Ts;
  updated_at: Ts;
}

export interface BoardRow {
  id: number;
  code: string;
  name_zh: string;
  name_en: string;
  description_zh: string;
  description_en: string;
  sort_order: number;
}

export interface PlatformRow {
  id: number;
  board_id: number;
  code: string;
  name_zh: string;
  name_en: string;
  sort_order: number;
}

export interface LocationRow {
  id: number;
  code: string;
  kind: "district" | "zone" | "enclave";
  name_zh: string;
  name_en: string;
  sort_order: number;
}

export interface IndustryRow {
  id: number;
  code: string;
  name_zh: string;
  name_en: string;
  core: boolean;
  sort_order: number;
}

export interface CampaignRow {
  id: number;
  slug: string;
  name_zh: string;
  name_en: string;
  slogan_zh: string;
  slogan_en: string;
  starts_at: Ts;
  ends_at: Ts;
  require_verified_employers: boolean;
  featured: boolean;
  created_at: Ts;
}

export interface CampaignBoardRow {
  campaign_id: number;
  board_id: number;
}

export interface AnnouncementCategoryRow {
  id: number;
  code: string;
  name_zh: string;
  name_en: string;
  sort_order: number;
}

export type EmployerKindValue =
  | "enterprise"
  | "state_owned"
  | "public_institution"
  | "university"
  | "research_institute"
  | "medical";

export interface EmployerRow {
  id: number;
  name: string;
  name_en: string | null;
  credit_code: string;
  kind: EmployerKindValue;
  industry_id: number | null;
  location_id: number | null;
  description: string;
  website: string | null;
  status: "pending" | "verified" | "rejected" | "suspended";
  rejection_reason: string | null;
  verified_at: Ts | null;
  verified_by: string | null;
  created_at: Ts;
  updated_at: Ts;
}

export interface EmployerMemberRow {
  employer_id: number;
  user_id: string;
  role: "owner" | "recruiter";
  created_at: Ts;
}

export type EducationValue = "none" | "associate" | "bachelor" | "master" | "doctor";
export type TalentLevelValue = "top" | "high" | "young" | "graduate";
export type PositionStatusValue = "draft" | "in_review" | "published" | "closed";

export interface PositionRow {
  id: number;
  employer_id: number;
  campaign_id: number | null;
  board_id: number;
  platform_id: number | null;
  title: string;
  category: string;
  talent_level: TalentLevelValue;
  education_floor: EducationValue;
  major: string;
  experience_years: number;
  salary_min: number | null;
  salary_max: number | null;
  headcount: number;
  location_id: number;
  industry_id: number;
  skills: string[];
  description: string;
  search_tokens: number[];
  overseas_friendly: boolean;
  status: PositionStatusValue;
  rejection_reason: string | null;
  expires_at: Ts | null;
  published_at: Ts | null;
  view_count: number;
  version: number;
  created_by: string | null;
  created_at: Ts;
  updated_at: Ts;
}

export interface AnnouncementRow {
  id: number;
  category_id: number;
  campaign_id: number | null;
  title: string;
  body: string;
  published_at: Ts | null;
  deadline: Ts | null;
  pinned: boolean;
  created_by: string | null;
  created_at: Ts;
  updated_at: Ts;
}

export interface AnnouncementPositionRow {
  announcement_id: number;
  position_id: number;
}

export interface TalentProfileRow {
  user_id: string;
  real_name: string;
  phone: string | null;
  contact_email: string | null;
  education_level: EducationValue | null;
  school: string;
  major: string;
  graduation_year: number | null;
  title: string;
  skills: string[];
  origin: "domestic" | "overseas";
  country: string | null;
  wish_location_ids: number[];
  wish_industry_ids: number[];
  wish_salary_min: number | null;
  wish_salary_max: number | null;
  bio: string;
  visibility: "intent_employers" | "verified_employers";
  created_at: Ts;
  updated_at: Ts;
}

export interface CampaignTalentRow {
  campaign_id: number;
  talent_id: string;
  joined_at: Ts;
}

export interface SavedPositionRow {
  talent_id: string;
  position_id: number;
  created_at: Ts;
}

export type IntentStatusValue =
  | "submitted"
  | "viewed"
  | "negotiating"
  | "reached"
  | "signed"
  | "onboard"
  | "settled"
  | "declined"
  | "withdrawn"
  | "no_response";

export interface IntentRow {
  id: number;
  kind: "employment" | "project";
  talent_id: string;
  position_id: number | null;
  employer_id: number | null;
  board_id: number;
  platform_id: number | null;
  campaign_id: number | null;
  status: IntentStatusValue;
  message: string;
  decline_reason: string | null;
  status_changed_at: Ts;
  reached_at: Ts | null;
  reminder_sent_at: Ts | null;
  created_at: Ts;
  updated_at: Ts;
}

export interface IntentProjectRow {
  intent_id: number;
  name: string;
  field: string;
  stage: string;
  team_size: number;
  funding_sought: number | null;
}

export interface IntentEventRow {
  id: number;
  intent_id: number;
  actor_id: string | null;
  from_status: IntentStatusValue | null;
  to_status: IntentStatusValue;
  note: string | null;
  created_at: Ts;
}

export interface IntentMessageRow {
  id: number;
  intent_id: number;
  sender_id: string | null;
  body: string;
  read_at: Ts | null;
  created_at: Ts;
}

export interface NegotiationSlotRow {
  id: number;
  employer_id: number;
  position_id: number | null;
  starts_at: Ts;
  duration_minutes: number;
  capacity: number;
  created_by: string | null;
  created_at: Ts;
}

export interface BookingRow {
  id: number;
  slot_id: number;
  intent_id: number;
  talent_id: string;
  status: "booked" | "cancelled";
  room_name: string;
  ics_sequence: number;
  outcome: "held" | "no_show" | "follow_up" | null;
  outcome_note: string | null;
  created_at: Ts;
  cancelled_at: Ts | null;
}

export interface NotificationRow {
  id: number;
  user_id: string;
  kind: string;
  data: Record<string, unknown>;
  read_at: Ts | null;
  created_at: Ts;
  mailed_at: Ts;
}

export interface AuditLogRow {
  id: number;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  created_at: Ts;
}

export interface PolicyTagRow {
  id: number;
  code: string;
  name_zh: string;
  name_en: string;
  sort_order: number;
}

export interface PositionPolicyTagRow {
  position_id: number;
  tag_id: number;
}

export interface AnnouncementPolicyTagRow {
  announcement_id: number;
  tag_id: number;
}

/** Every table the seed fills, in an order that satisfies the foreign keys. */
export interface Rows {
  users: UserRow;
  boards: BoardRow;
  platforms: PlatformRow;
  locations: LocationRow;
  industries: IndustryRow;
  campaigns: CampaignRow;
  campaign_boards: CampaignBoardRow;
  announcement_categories: AnnouncementCategoryRow;
  policy_tags: PolicyTagRow;
  employers: EmployerRow;
  employer_members: EmployerMemberRow;
  positions: PositionRow;
  position_policy_tags: PositionPolicyTagRow;
  announcements: AnnouncementRow;
  announcement_positions: AnnouncementPositionRow;
  announcement_policy_tags: AnnouncementPolicyTagRow;
  talent_profiles: TalentProfileRow;
  campaign_talents: CampaignTalentRow;
  saved_positions: SavedPositionRow;
  intents: IntentRow;
  intent_projects: IntentProjectRow;
  intent_events: IntentEventRow;
  intent_messages: IntentMessageRow;
  negotiation_slots: NegotiationSlotRow;
  bookings: BookingRow;
  notifications: NotificationRow;
  audit_log: AuditLogRow;
}

export type TableName = keyof Rows;

export type RowBatch = { [K in TableName]: { table: K; rows: Rows[K][] } }[TableName];

/** Tables whose id is GENERATED ALWAYS AS IDENTITY: explicit ids need OVERRIDING SYSTEM VALUE and a setval after. */
export const IDENTITY_TABLES: readonly TableName[] = [
  "boards",
  "platforms",
  "locations",
  "industries",
  "campaigns",
  "announcement_categories",
  "policy_tags",
  "employers",
  "positions",
  "announcements",
  "intents",
  "intent_events",
  "intent_messages",
  "negotiation_slots",
  "bookings",
  "notifications",
  "audit_log",
];

export const TABLE_ORDER: readonly TableName[] = [
  "users",
  "boards",
  "platforms",
  "locations",
  "industries",
  "campaigns",
  "campaign_boards",
  "announcement_categories",
  "policy_tags",
  "employers",
  "employer_members",
  "positions",
  "position_policy_tags",
  "announcements",
  "announcement_positions",
  "announcement_policy_tags",
  "talent_profiles",
  "campaign_talents",
  "saved_positions",
  "intents",
  "intent_projects",
  "intent_events",
  "intent_messages",
  "negotiation_slots",
  "bookings",
  "notifications",
  "audit_log",
];
