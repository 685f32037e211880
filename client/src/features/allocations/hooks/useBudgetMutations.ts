import { useMutation } from '@apollo/client/react';
import {
  AdjustAllocationsDocument,
  ApproveAllocationsDocument,
  type ApproveAllocationsInput,
  AssignEnvelopeDocument,
  type AssignEnvelopeInput,
  SaveAllocationsDocument,
} from '../../../apollo/generated';
import { readSaveResult, type SaveOutcome, toChangeInput } from '../model/server';
import type { PendingChange } from '../model/sheet';

export interface Adjustment {
  decisionNumber: string;
  decisionDate: string;
  reason: string;
}

export type SaveAttempt = { ok: true; outcome: SaveOutcome } | { ok: false; error: Error };

/**
 * One save of the grid: every change in ONE saveAllocations (or adjustAllocations, citing its
 * decision), all or nothing on the server. The answer is not cached: the sheet model takes it.
 */
export function useSaveAllocations() {
  const [saveMutation, saveState] = useMutation(SaveAllocationsDocument, { fetchPolicy: 'no-cache' });
  const [adjustMutation, adjustState] = useMutation(AdjustAllocationsDocument, { fetchPolicy: 'no-cache' });

  async function save(
    planId: string,
    changes: readonly PendingChange[],
    adjustment: Adjustment | null,
  ): Promise<SaveAttempt> {
    const input = { planId, changes: changes.map(toChangeInput) };
    try {
      if (adjustment) {
        const { data } = await adjustMutation({ variables: { input: { ...input, ...adjustment } } });
        if (!data) throw new Error('no answer');
        return { ok: true, outcome: readSaveResult(changes, data.adjustAllocations) };
      }
      const { data } = await saveMutation({ variables: { input } });
      if (!data) throw new Error('no answer');
      return { ok: true, outcome: readSaveResult(changes, data.saveAllocations) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
    }
  }

  return { save, saving: saveState.loading || adjustState.loading };
}

export function useAssignEnvelope() {
  const [mutate, { loading }] = useMutation(AssignEnvelopeDocument, { fetchPolicy: 'no-cache' });
  async function assign(input: AssignEnvelopeInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('no answer');
    return data.assignEnvelope;
  }
  return { assign, loading };
}

export function useApproveAllocations() {
  const [mutate, { loading }] = useMutation(ApproveAllocationsDocument, { fetchPolicy: 'no-cache' });
  async function approve(input: ApproveAllocationsInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('no answer');
    return data.approveAllocations;
  }
  return { approve, loading };
}
