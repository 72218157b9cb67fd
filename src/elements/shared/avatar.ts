/*
 * A person's avatar: their picture when the record has a safe URL (http(s) or blob), else their
 * initials on a color derived from their id (stable across sessions and elements).
 *
 *   static styles = [tokens, avatarStyles, css`…`];
 *   renderAvatar({ id: client.id, name: clientDisplayName(client), url: client.avatarUrl, size: 56 })
 *
 * Part: `avatar` (the circle). Size through the `size` option or `--client-avatar-size`.
 * The avatar is decorative (`aria-hidden`): the name next to it is the accessible text.
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { styleProps } from './style-props.js';

export interface AvatarOptions {
  /** Stable id the color is derived from. */
  id: string;
  /** The display name the initials come from. */
  name: string;
  /** A picture; used only when it is an http(s) or blob URL. */
  url?: string | null;
  /** Diameter in px (default 40, or --client-avatar-size). */
  size?: number;
}

/** Up to two initials: the first letters of the first and last words ("María José Pérez" → "MP"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (!words.length) return '?';
  const first = Array.from(words[0]!)[0] ?? '';
  const last = words.length > 1 ? (Array.from(words[words.length - 1]!)[0] ?? '') : '';
  return `${first}${last}`.toLocaleUpperCase();
}

/** A hue (0–359) from a string, stable and well spread (FNV-1a). */
export function hueOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 360;
}

const SAFE_PICTURE = /^(https?:|blob:)/i;

export function renderAvatar(options: AvatarOptions): TemplateResult {
  const style = styleProps({
    '--_hue': String(hueOf(options.id)),
    ...(options.size ? { '--_avatar-size': `${options.size}px` } : {}),
  });
  if (options.url && SAFE_PICTURE.test(options.url)) {
    return html`<span class="avatar" part="avatar" style=${style} aria-hidden="true"
      ><img src=${options.url} alt="" loading="lazy" referrerpolicy="no-referrer"
    /></span>`;
  }
  return html`<span class="avatar" part="avatar" style=${style} aria-hidden="true">${initialsOf(options.name)}</span>`;
}

export const avatarStyles = css`
  .avatar {
    --_size: var(--_avatar-size, var(--client-avatar-size, 40px));
    flex: none;
    display: inline-grid;
    place-items: center;
    width: var(--_size);
    height: var(--_size);
    border-radius: 50%;
    overflow: clip;
    font-weight: 600;
    font-size: calc(var(--_size) * 0.38);
    line-height: 1;
    letter-spacing: 0.02em;
    user-select: none;
    background: light-dark(hsl(var(--_hue) 65% 88%), hsl(var(--_hue) 35% 30%));
    color: light-dark(hsl(var(--_hue) 60% 22%), hsl(var(--_hue) 70% 92%));
  }
  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
`;
