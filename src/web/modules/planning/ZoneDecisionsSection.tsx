export default function ZoneDecisionsSection(_props: {
  zoneId: string;
  canWrite: boolean;
  statusHistory: { status: string; since: string }[];
}) {
  return null;
}
