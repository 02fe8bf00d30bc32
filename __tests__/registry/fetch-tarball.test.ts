import { tarballUrl } from '../../src/registry/fetch-tarball.js';

const fallback = 'https://mirror.example.test/npm/left/-/left-1.0.0.tgz';

test("the public registry's tarball URLs go to the configured registry, as pacote sends them", () => {
  expect(tarballUrl('https://registry.npmjs.org/left/-/left-1.0.0.tgz', fallback, 'https://mirror.example.test/')).toBe(
    'https://mirror.example.test/left/-/left-1.0.0.tgz',
  );
});

test("another registry's tarball URL is kept (a scoped private registry serves its own tarballs)", () => {
  const own = 'https://npm.corp.example.test/@corp/lib/-/lib-2.0.0.tgz';
  expect(tarballUrl(own, fallback, 'https://registry.npmjs.org/')).toBe(own);
});

test('no usable dist.tarball: the conventional URL on the registry', () => {
  expect(tarballUrl(undefined, fallback, 'https://registry.npmjs.org/')).toBe(fallback);
  expect(tarballUrl('not a url', fallback, 'https://registry.npmjs.org/')).toBe(fallback);
});
