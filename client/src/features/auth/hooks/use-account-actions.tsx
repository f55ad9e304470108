import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSignOut } from '../api/sign-out';

// The dialog (and the form library behind it) loads when first opened, not with every page.
const ChangePasswordDialog = lazy(async () => ({
  default: (await import('../components/change-password-dialog')).ChangePasswordDialog,
}));

/** Links and actions for the signed-in account; as a dropdown in the header, as a plain list in the phone menu. */
export function useAccountActions(onDone?: () => void) {
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [changingPassword, setChangingPassword] = useState(false);
  return {
    signOut: () => {
      onDone?.();
      signOut.mutate(undefined, { onSettled: () => navigate('/', { replace: true }) });
    },
    signingOut: signOut.isPending,
    openChangePassword: () => {
      onDone?.();
      setChangingPassword(true);
    },
    dialog: changingPassword && (
      <Suspense fallback={null}>
        <ChangePasswordDialog open onClose={() => setChangingPassword(false)} />
      </Suspense>
    ),
  };
}
