"use client";

import { ApiRequestError } from "@/lib/client/fetch-json";
import type { MessageKey } from "@/lib/shared/i18n/message-key";
import { useTranslations } from "./words-client";

/**
 * What a person reads when a request failed: the server's own words (already in their language), else the
 * screen's words for a server that could not be reached or said nothing, else `otherwise`.
 */
export function useProblemText(): (error: unknown, otherwise: MessageKey) => string {
  const t = useTranslations();
  return (error, otherwise) =>
    error instanceof ApiRequestError ? (error.serverMessage ?? t(error.fallback)) : t(otherwise);
}
