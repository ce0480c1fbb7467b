import { useEffect, useState } from 'react';

/** A QR code drawn as one SVG path (no inline style or script, so the CSP is happy); uqr loads on demand. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [qr, setQr] = useState<{ size: number; path: string } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    import('uqr')
      .then(({ encode }) => {
        const { size, data } = encode(text, { ecc: 'L', border: 2 });
        let path = '';
        data.forEach((row, y) =>
          row.forEach((dark, x) => {
            if (dark) path += `M${x} ${y}h1v1h-1z`;
          }),
        );
        if (live) setQr({ size, path });
      })
      .catch((e: unknown) => {
        if (live) setQr({ error: `No QR code: ${(e as Error).message}` });
      });
    return () => {
      live = false;
    };
  }, [text]);
  if (!qr) return <p role="status">Drawing the QR code…</p>;
  if ('error' in qr) return <p>{qr.error}</p>;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      width={Math.min(320, qr.size * 4)}
      height={Math.min(320, qr.size * 4)}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
