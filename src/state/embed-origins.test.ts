import { describe, expect, it } from 'vitest';
import { allowList, parentOrigin, parseAllow, toOrigin } from './embed-origins.ts';

describe('embed origins', () => {
  it('takes exact http(s) origins only', () => {
    expect(toOrigin('https://news.example')).toBe('https://news.example');
    expect(toOrigin('https://news.example/')).toBe('https://news.example');
    expect(toOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(toOrigin('https://news.example/section')).toBeNull();
    expect(toOrigin('https://news.example?x=1')).toBeNull();
    expect(toOrigin('https://user:pw@news.example')).toBeNull();
    expect(toOrigin('javascript:alert(1)')).toBeNull();
    expect(toOrigin('*')).toBeNull();
    expect(toOrigin('null')).toBeNull();
  });

  it('parses an allow parameter, dropping what is not an origin', () => {
    expect(parseAllow('https://a.example, https://b.example:8443 *')).toEqual([
      'https://a.example',
      'https://b.example:8443',
    ]);
    expect(parseAllow(null)).toEqual([]);
  });

  it('finds the embedding page from ancestorOrigins first, else the referrer', () => {
    expect(parentOrigin(['https://news.example'], 'https://other.example/page')).toBe('https://news.example');
    expect(parentOrigin(['null'], 'https://news.example/')).toBeNull();
    expect(parentOrigin(undefined, 'https://news.example/2024/story.html')).toBe('https://news.example');
    expect(parentOrigin([], 'https://news.example/')).toBe('https://news.example');
    expect(parentOrigin(undefined, '')).toBeNull();
  });

  it('allows the parent plus the listed origins, and nobody when neither is known', () => {
    expect([...allowList('https://news.example', ['https://cms.example'])]).toEqual([
      'https://news.example',
      'https://cms.example',
    ]);
    expect(allowList(null, []).size).toBe(0);
    expect(allowList('https://news.example', []).has('https://evil.example')).toBe(false);
  });
});
