export default function ZoneWorksSection(_props: { zoneId: string; canWrite: boolean }) {
  return null;
}
