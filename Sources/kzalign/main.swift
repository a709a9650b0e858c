import KZAlign
print(icuVersion)
