/**
 * A zone's boundary drawn by ECharts' geo component from its GeoJSON (no tile server): registered
 * as a map of its own, fitted to its extent, east–west stretched by the cosine of its latitude so
 * the shape keeps its proportions. Only the geo component and the canvas renderer are registered;
 * this file is loaded lazily (React.lazy), so ECharts stays out of the first load.
 */
import { GeoComponent, type GeoComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from '../../shared/EChart.tsx';
import type { BoundaryGeometry } from './boundaries.api.ts';

echarts.use([GeoComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<GeoComponentOption>;

export default function BoundaryMap({
  mapId,
  name,
  geometry,
  bbox,
  label,
}: {
  /** A name unique to this geometry (the import's id): ECharts keeps registered maps by name. */
  mapId: string;
  name: string;
  geometry: BoundaryGeometry;
  bbox: [number, number, number, number];
  /** What the map shows, for screen readers. */
  label: string;
}) {
  const option = useMemo((): Option => {
    const mapName = `zone-boundary-${mapId}`;
    if (!echarts.getMap(mapName))
      echarts.registerMap(mapName, {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { name }, geometry }],
      } as never);
    const latitude = (bbox[1] + bbox[3]) / 2;
    return {
      geo: {
        map: mapName,
        roam: false,
        silent: true,
        aspectScale: Math.cos((latitude * Math.PI) / 180),
        layoutCenter: ['50%', '50%'],
        layoutSize: '92%',
        label: { show: false },
        itemStyle: { areaColor: 'rgba(22, 119, 255, 0.18)', borderColor: '#1677ff', borderWidth: 2 },
        emphasis: { disabled: true },
      },
    };
  }, [mapId, name, geometry, bbox]);
  return (
    <EChart option={option} label={label} style={{ height: 280, background: '#f5f8fc', borderRadius: 6 }} />
  );
}
