export default function ZoneBoundarySection(_props: { zoneId: string; canWrite: boolean }) {
  return null;
}
