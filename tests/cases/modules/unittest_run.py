# unittest: a TestCase run programmatically; results counted without timing output.
import io
import unittest


class MathTests(unittest.TestCase):
    def setUp(self):
        self.data = [3, 1, 2]

    def test_sorted(self):
        self.assertEqual(sorted(self.data), [1, 2, 3])

    def test_fails(self):
        self.assertEqual(1 + 1, 3, "arithmetic is broken")

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def test_error(self):
        raise KeyError("unexpected")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 5)

    def test_misc_asserts(self):
        self.assertTrue([1])
        self.assertIn("a", "abc")
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertRaisesRegex(ValueError, "invalid literal", int, "x")


suite = unittest.defaultTestLoader.loadTestsFromTestCase(MathTests)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
print([test.id().split(".")[-1] for test, _ in result.failures], [test.id().split(".")[-1] for test, _ in result.errors])
print(result.failures[0][1].strip().splitlines()[-1])
print(result.errors[0][1].strip().splitlines()[-1])
print(result.skipped[0][1])
print(sorted(unittest.defaultTestLoader.getTestCaseNames(MathTests)))
