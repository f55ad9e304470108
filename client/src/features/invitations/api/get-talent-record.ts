import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { talentRecordKey } from './keys';

/** A talent record as the organisation may see it (masked; the view is recorded). */
export function useTalentRecord(profileId: string) {
  return useQuery({
    queryKey: talentRecordKey(profileId),
    retry: false,
    queryFn: ({ signal }) => callApi(apiRoutes.profiles.viewTalent, { params: { id: profileId }, signal }),
  });
}
