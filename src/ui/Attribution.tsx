export function Attribution() {
  return (
    <footer className="attribution">
      <p>
        Boundaries: AGCHO / OCHA (CC BY-IGO 3.0). Neighbouring countries: Natural Earth. The boundaries and
        names shown do not imply official endorsement or acceptance. Map rendering: MapLibre.
      </p>
    </footer>
  );
}
