export type CampaignPhase = "upcoming" | "live" | "ended";

/** Where a campaign stands at a moment: before its start, during it, or after its end. */
export function campaignPhase(campaign: { startsAt: Date; endsAt: Date }, now: Date): CampaignPhase {
  if (now < campaign.startsAt) return "upcoming";
  if (now >= campaign.endsAt) return "ended";
  return "live";
}
