export const indicatorsKey = ['indicators'] as const;
export const dashboardKey = [...indicatorsKey, 'dashboard'] as const;
export const denominatorsKey = [...indicatorsKey, 'denominators'] as const;
