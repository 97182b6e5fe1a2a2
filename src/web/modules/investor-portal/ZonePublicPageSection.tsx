export default function ZonePublicPageSection(_props: { zoneId: string; canWrite: boolean }) {
  return null;
}
