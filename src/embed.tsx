// The embed's entry. It once had to switch the schema library off eval before any schema existed and load the
// page after that; valibot never evaluates code, so the page is simply the entry's import.
import './embed-page.tsx';
