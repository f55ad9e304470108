import { DomainGrid } from '../../features/home/components/domain-grid';
import { HomeHero } from '../../features/home/components/home-hero';

export function HomeRoute() {
  return (
    <>
      <HomeHero />
      <DomainGrid />
    </>
  );
}
