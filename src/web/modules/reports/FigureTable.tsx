import { Typography, theme } from 'antd';
import type { ReactNode } from 'react';

export interface FigureColumn<T> {
  title: ReactNode;
  align?: 'left' | 'right';
  render: (row: T) => ReactNode;
}

/**
 * A small table of report figures: a few rows, no paging, sorting or filtering — a plain HTML
 * table, so the report page does not load antd's Table (with its pagination, select and tree).
 */
export function FigureTable<T extends { key: string }>({
  title,
  columns,
  rows,
  strong,
}: {
  title?: ReactNode;
  columns: FigureColumn<T>[];
  rows: T[];
  /** Rows set in bold (a total). */
  strong?: (row: T) => boolean;
}) {
  const { token } = theme.useToken();
  const cell = { padding: '8px', borderBottom: `1px solid ${token.colorSplit}` };
  return (
    // On a narrow screen the table scrolls sideways in its own box, not the page.
    <div style={{ overflowX: 'auto' }}>
      {title ? (
        <Typography.Text strong style={{ display: 'block', padding: '8px 0' }}>
          {title}
        </Typography.Text>
      ) : null}
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: token.fontSize }}>
        <thead>
          <tr style={{ background: token.colorFillAlter }}>
            {columns.map((column, i) => (
              <th key={i} scope="col" style={{ ...cell, textAlign: column.align ?? 'left', fontWeight: 600 }}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} style={strong?.(row) ? { fontWeight: 600 } : undefined}>
              {columns.map((column, i) => (
                <td key={i} style={{ ...cell, textAlign: column.align ?? 'left' }}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
